import type { SiteModule } from '../adapter';
import { compose } from './compose';
import { network } from './network';

export const site: SiteModule = { network, compose };

import type { SiteModule } from '../adapter';
import { compose } from './compose';
import { adapter } from './contact';
import { network } from './network';

export const site: SiteModule = { network, contact: adapter, compose };

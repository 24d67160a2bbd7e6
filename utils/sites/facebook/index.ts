import type { SiteModule } from '../adapter';
import { compose } from './compose';
import { adapter } from './contact';
import { network } from './network';
import { profile } from './profile';

export const site: SiteModule = { network, contact: adapter, compose, profile };

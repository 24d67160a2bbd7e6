import type { SiteModule } from '../adapter';
import { network } from './network';

export const site: SiteModule = { network };

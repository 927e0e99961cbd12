import { describeShape } from './shapes/common';
import { staticSite } from './shapes/static-site';

describeShape(staticSite);

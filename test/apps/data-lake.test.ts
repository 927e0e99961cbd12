import { describeShape } from './shapes/common';
import { dataLake } from './shapes/data-lake';

describeShape(dataLake);

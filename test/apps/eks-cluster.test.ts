import { describeShape } from './shapes/common';
import { eksCluster } from './shapes/eks-cluster';

describeShape(eksCluster);

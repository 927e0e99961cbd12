import type { AppShape } from './common';
import { bastion } from './bastion';
import { dataLake } from './data-lake';
import { eksCluster } from './eks-cluster';
import { fanOut } from './fan-out';
import { fargateAlb } from './fargate-alb';
import { pipeline } from './pipeline';
import { queueWorkers } from './queue-workers';
import { rdsWebApp } from './rds-web-app';
import { serverlessApi } from './serverless-api';
import { staticSite } from './static-site';

/** The ten realistic app shapes, by name: the corpus the differential tests, the console measure and the bench share. */
export const APP_SHAPES: Readonly<Record<string, AppShape>> = {
  bastion,
  dataLake,
  eksCluster,
  fanOut,
  fargateAlb,
  pipeline,
  queueWorkers,
  rdsWebApp,
  serverlessApi,
  staticSite,
};

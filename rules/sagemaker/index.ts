import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import sagemakerDomainVpcOnly from './sagemaker-domain-vpc-only';
import sagemakerEndpointConfigMultipleInstances from './sagemaker-endpoint-config-multiple-instances';
import sagemakerModelNetworkIsolation from './sagemaker-model-network-isolation';
import sagemakerNotebookImdsv2 from './sagemaker-notebook-imdsv2';
import sagemakerNotebookInVpc from './sagemaker-notebook-in-vpc';
import sagemakerNotebookNoDirectInternet from './sagemaker-notebook-no-direct-internet';
import sagemakerNotebookRootAccessDisabled from './sagemaker-notebook-root-access-disabled';

/** Duties of this service, sorted by id. */
export const duties: readonly Duty[] = [
  sagemakerDomainVpcOnly,
  sagemakerEndpointConfigMultipleInstances,
  sagemakerModelNetworkIsolation,
  sagemakerNotebookImdsv2,
  sagemakerNotebookInVpc,
  sagemakerNotebookNoDirectInternet,
  sagemakerNotebookRootAccessDisabled,
];

const SECURITY = 'https://docs.aws.amazon.com/sagemaker/latest/dg/security.html';

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::SageMaker::NotebookInstance',
    service: 'Amazon SageMaker AI',
    serviceModel: 'container',
    awsSide:
      'AWS provisions, patches and hosts the notebook instance platform; the customer owns its network access, root access, code, data and IAM role.',
    source: SECURITY,
  },
  {
    type: 'AWS::SageMaker::EndpointConfig',
    service: 'Amazon SageMaker AI',
    serviceModel: 'container',
    awsSide:
      "AWS runs and replaces the hosting instances of an endpoint; the customer owns the variants' sizing, encryption keys and the models served.",
    source: SECURITY,
  },
  {
    type: 'AWS::SageMaker::Model',
    service: 'Amazon SageMaker AI',
    serviceModel: 'container',
    awsSide:
      'AWS runs the model containers on managed infrastructure; the customer owns the container images, model artifacts, network isolation and execution role.',
    source: SECURITY,
  },
  {
    type: 'AWS::SageMaker::Domain',
    service: 'Amazon SageMaker AI',
    serviceModel: 'container',
    awsSide:
      "AWS runs SageMaker Studio and its apps; the customer owns the domain's network mode, authentication, user profiles and their execution roles.",
    source: SECURITY,
  },
];

import type { Duty, ServiceModel } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';

/**
 * Resource types that carry no customer duty of their own: each says why, and where the duties it
 * touches are judged, so the results answer every type an app contains and `uncoveredTypes` lists only
 * what the catalog does not know. A type that gains a duty leaves this list (a catalog test checks it).
 */
export const duties: readonly Duty[] = [];

interface Entry {
  readonly type: string;
  readonly reason: string;
  readonly dutiesAt: string;
  /** @default - the CloudFormation reference page of the type */
  readonly source?: string;
}

interface Group {
  readonly service: string;
  readonly serviceModel: ServiceModel;
  readonly awsSide: string;
  readonly types: readonly Entry[];
}

/** The CloudFormation reference page of an `AWS::Service::Name` type. */
function referencePage(type: string): string {
  const [, service, name] = type.toLowerCase().split('::');
  return `https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-${service}-${name}.html`;
}

const SG_DUTIES = 'ec2-security-group-no-public-high-risk-ports, ec2-security-group-public-ports-authorized';
const ROUTING = {
  reason: 'structural: it only says where a subnet sends its traffic and holds no security setting',
  dutiesAt: `the exposure a route creates is judged on the subnet and what runs in it: ec2-subnet-no-auto-public-ip, ec2-instance-no-public-ip, ${SG_DUTIES}`,
};
const CDK_HELPER = {
  dutiesAt:
    "the handler CDK deploys for it (an AWS::Lambda::Function, judged by the lambda-* duties at info as CDK's own) and the handler's role (iam-* duties)",
  source: 'https://docs.aws.amazon.com/cdk/v2/guide/cfn-layer.html',
};

const groups: readonly Group[] = [
  {
    service: 'Amazon VPC',
    serviceModel: 'infrastructure',
    awsSide:
      "AWS operates the network fabric and enforces routes, gateways and addresses as configured; what is exposed is the customer's configuration.",
    types: [
      { type: 'AWS::EC2::RouteTable', ...ROUTING },
      { type: 'AWS::EC2::Route', ...ROUTING },
      { type: 'AWS::EC2::SubnetRouteTableAssociation', ...ROUTING },
      {
        type: 'AWS::EC2::InternetGateway',
        ...ROUTING,
        reason: 'structural: it lets routed subnets reach the internet and holds no security setting',
      },
      { type: 'AWS::EC2::VPCGatewayAttachment', ...ROUTING, reason: 'structural: it attaches a gateway to the VPC' },
      { type: 'AWS::EC2::EgressOnlyInternetGateway', ...ROUTING, reason: 'structural: outbound-only IPv6 routing, no inbound exposure' },
      {
        type: 'AWS::EC2::NatGateway',
        reason: 'structural: outbound-only translation for private subnets, it accepts no inbound connection it did not originate',
        dutiesAt: 'outbound traffic is judged by ec2-security-group-egress-restricted and recorded by ec2-vpc-flow-logs',
      },
      {
        type: 'AWS::EC2::EIP',
        reason: 'a public address; what it exposes is decided by the instance, network interface or NAT gateway it is associated with',
        dutiesAt: `the security groups of what it is associated with: ${SG_DUTIES}`,
      },
      {
        type: 'AWS::EC2::EIPAssociation',
        reason: 'links an Elastic IP address to an instance or network interface',
        dutiesAt: `the security groups of that instance or interface: ${SG_DUTIES}`,
      },
      {
        type: 'AWS::EC2::FlowLog',
        reason: 'it is the evidence of a duty, not its subject',
        dutiesAt: 'ec2-vpc-flow-logs reads it on the VPC it records',
      },
      { type: 'AWS::EC2::VPCCidrBlock', ...ROUTING, reason: 'structural: an address range of the VPC' },
      {
        type: 'AWS::EC2::NetworkAcl',
        reason: 'structural: a container of rules',
        dutiesAt: 'its rules (AWS::EC2::NetworkAclEntry, judged by ec2-network-acl-no-public-admin-ports)',
      },
      {
        type: 'AWS::EC2::SubnetNetworkAclAssociation',
        reason: 'structural: it binds a network ACL to a subnet',
        dutiesAt: 'the rules of the ACL (ec2-network-acl-no-public-admin-ports)',
      },
      { type: 'AWS::EC2::DHCPOptions', ...ROUTING, reason: 'structural: name servers and domain names handed to instances' },
      { type: 'AWS::EC2::VPCDHCPOptionsAssociation', ...ROUTING, reason: 'structural: binds DHCP options to the VPC' },
      {
        type: 'AWS::EC2::PrefixList',
        ...ROUTING,
        reason: 'structural: a named list of CIDR ranges; the rules that use it decide exposure',
      },
      {
        type: 'AWS::EC2::TransitGatewayAttachment',
        ...ROUTING,
        reason: 'structural: attaches a VPC to a transit gateway (the gateway carries ec2-transit-gateway-no-auto-accept)',
      },
      { type: 'AWS::EC2::TransitGatewayRouteTable', ...ROUTING },
      { type: 'AWS::EC2::TransitGatewayRoute', ...ROUTING },
      {
        type: 'AWS::EC2::VPCPeeringConnection',
        ...ROUTING,
        reason: 'structural: connects two VPCs; routes and security groups decide what crosses it',
      },
      { type: 'AWS::EC2::PlacementGroup', ...ROUTING, reason: 'structural: placement of instances on hardware' },
    ],
  },
  {
    service: 'AWS Identity and Access Management',
    serviceModel: 'abstracted',
    awsSide: "IAM evaluates every request against the policies in force; what the policies allow is the customer's.",
    types: [
      {
        type: 'AWS::IAM::InstanceProfile',
        reason: 'a container that hands one role to EC2 instances',
        dutiesAt: 'the role it holds (AWS::IAM::Role, judged by the iam-* duties)',
      },
      {
        type: 'AWS::IAM::ServiceLinkedRole',
        reason: 'AWS defines and maintains the permissions of a service-linked role',
        dutiesAt: 'nothing to configure; the service that uses it carries the duties',
        source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/using-service-linked-roles.html',
      },
      {
        type: 'AWS::IAM::OIDCProvider',
        reason: 'it names an identity provider; who may assume what is decided by the trust policies of the roles that trust it',
        dutiesAt: 'the trust policies of those roles (iam-* duties)',
      },
      {
        type: 'AWS::IAM::SAMLProvider',
        reason: 'it names an identity provider; who may assume what is decided by the trust policies of the roles that trust it',
        dutiesAt: 'the trust policies of those roles (iam-* duties)',
      },
      {
        type: 'AWS::IAM::UserToGroupAddition',
        reason: 'it adds users to a group',
        dutiesAt: 'the group and the users (iam-* duties)',
      },
    ],
  },
  {
    service: 'AWS Lambda',
    serviceModel: 'abstracted',
    awsSide: "AWS runs the function's execution environment, polls event sources and keeps versions immutable.",
    types: [
      {
        type: 'AWS::Lambda::EventSourceMapping',
        reason: 'it connects a queue, stream or table to a function; the function reads the source with its own role',
        dutiesAt: 'the function (lambda-* duties), its role (iam-* duties) and the source (sqs-*, kinesis-*, dynamodb-* duties)',
      },
      { type: 'AWS::Lambda::Version', reason: 'an immutable snapshot of a function', dutiesAt: 'the function (lambda-* duties)' },
      { type: 'AWS::Lambda::Alias', reason: 'a name that points at a function version', dutiesAt: 'the function (lambda-* duties)' },
      {
        type: 'AWS::Lambda::EventInvokeConfig',
        reason: 'retry and destination settings of asynchronous invocation',
        dutiesAt: 'the function (lambda-* duties) and the destinations (sqs-*, sns-* duties)',
      },
      { type: 'AWS::Lambda::LayerVersion', reason: 'code shared with functions', dutiesAt: 'the functions that use it (lambda-* duties)' },
    ],
  },
  {
    service: 'Amazon API Gateway',
    serviceModel: 'abstracted',
    awsSide:
      'AWS operates the API endpoints, terminates TLS and applies the authorization, logging and throttling the customer configures.',
    types: [
      {
        type: 'AWS::ApiGateway::RestApi',
        reason: 'the API is a container; its settings that protect callers and data are on its stages and methods',
        dutiesAt:
          'its stages (apigateway-rest-stage-access-logging, apigateway-stage-*), its methods (apigateway-method-authorization) and its custom domain (apigateway-domain-name-tls12)',
      },
      {
        type: 'AWS::ApiGateway::Account',
        reason: 'it sets the one role API Gateway uses to write CloudWatch logs in the Region',
        dutiesAt: 'the stages that log through it (apigateway-stage-execution-logging) and the role (iam-* duties)',
      },
      {
        type: 'AWS::ApiGateway::Resource',
        reason: 'a path of the API',
        dutiesAt: 'the methods on the path (apigateway-method-authorization)',
      },
      {
        type: 'AWS::ApiGateway::Model',
        reason: 'a request or response schema',
        dutiesAt: 'the methods that use it (apigateway-method-authorization)',
      },
      {
        type: 'AWS::ApiGateway::RequestValidator',
        reason: 'input validation of methods',
        dutiesAt: 'the methods that use it (apigateway-method-authorization)',
      },
      { type: 'AWS::ApiGateway::GatewayResponse', reason: 'the text of error responses', dutiesAt: "the API's stages and methods" },
      {
        type: 'AWS::ApiGateway::Authorizer',
        reason: 'an authorizer protects nothing until a method uses it',
        dutiesAt: 'the methods that use it (apigateway-method-authorization)',
      },
      {
        type: 'AWS::ApiGateway::BasePathMapping',
        reason: 'maps a custom domain path to a stage',
        dutiesAt: 'the domain name (apigateway-domain-name-tls12) and the stage (apigateway-stage-* duties)',
      },
      {
        type: 'AWS::ApiGateway::UsagePlan',
        reason: 'throttling and quotas per API key; API keys identify callers but do not authorize them',
        dutiesAt: 'the methods (apigateway-method-authorization)',
        source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html',
      },
      {
        type: 'AWS::ApiGateway::UsagePlanKey',
        reason: 'adds an API key to a usage plan',
        dutiesAt: 'the methods (apigateway-method-authorization)',
      },
      {
        type: 'AWS::ApiGateway::ApiKey',
        reason: 'API keys identify callers for usage plans; they are not an authorization mechanism',
        dutiesAt: 'the methods (apigateway-method-authorization)',
        source: 'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-api-usage-plans.html',
      },
      {
        type: 'AWS::ApiGateway::VpcLink',
        reason: 'structural: a private integration path to a Network Load Balancer',
        dutiesAt: 'the load balancer (elbv2-* duties)',
      },
      {
        type: 'AWS::ApiGateway::ClientCertificate',
        reason: 'a certificate a stage presents to its backend',
        dutiesAt: 'the stage (apigateway-stage-client-certificate)',
      },
      {
        type: 'AWS::ApiGatewayV2::Api',
        reason: 'the API is a container; its settings that protect callers and data are on its routes and stages',
        dutiesAt: 'its routes (apigatewayv2-route-authorization) and stages (apigatewayv2-stage-access-logging)',
      },
      {
        type: 'AWS::ApiGatewayV2::Integration',
        reason: 'the backend a route calls',
        dutiesAt: 'the route (apigatewayv2-route-authorization) and the backend',
      },
      {
        type: 'AWS::ApiGatewayV2::Authorizer',
        reason: 'an authorizer protects nothing until a route uses it',
        dutiesAt: 'the routes that use it (apigatewayv2-route-authorization)',
      },
      {
        type: 'AWS::ApiGatewayV2::Deployment',
        reason: 'a snapshot of the API that a stage serves',
        dutiesAt: 'the stage (apigatewayv2-stage-access-logging)',
      },
      {
        type: 'AWS::ApiGatewayV2::ApiMapping',
        reason: 'maps a custom domain path to a stage',
        dutiesAt: 'the stage (apigatewayv2-stage-access-logging)',
      },
      {
        type: 'AWS::ApiGatewayV2::VpcLink',
        reason: 'structural: a private integration path',
        dutiesAt: "the target load balancer (elbv2-* duties) and the link's security groups",
      },
    ],
  },
  {
    service: 'Elastic Load Balancing',
    serviceModel: 'abstracted',
    awsSide: 'AWS operates and scales the load balancer nodes and terminates TLS with the policy the listener names.',
    types: [
      {
        type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
        reason: 'where a listener forwards traffic; the targets receive it through their own security groups',
        dutiesAt: `the listener (elbv2-* duties: protocol, TLS policy) and the targets' security groups (${SG_DUTIES})`,
      },
      {
        type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
        reason: 'routing within a listener',
        dutiesAt: 'the listener (elbv2-* duties: protocol, TLS policy)',
      },
      {
        type: 'AWS::ElasticLoadBalancingV2::ListenerCertificate',
        reason: 'an extra certificate of a listener',
        dutiesAt: 'the listener (elbv2-* duties)',
      },
    ],
  },
  {
    service: 'Amazon EventBridge',
    serviceModel: 'abstracted',
    awsSide: 'AWS matches events against rules and delivers them to targets with the permissions the customer grants.',
    types: [
      {
        type: 'AWS::Events::Rule',
        reason: 'it routes events to targets; what a target accepts is decided by its resource policy or by the role the rule passes',
        dutiesAt: 'the event bus (events-bus-* duties), the targets (their own duties) and the role (iam-* duties)',
      },
      {
        type: 'AWS::Scheduler::Schedule',
        reason: 'it invokes a target on a schedule with the role it names',
        dutiesAt: 'the target (its own duties) and the role (iam-* duties)',
      },
    ],
  },
  {
    service: 'Amazon CloudWatch',
    serviceModel: 'abstracted',
    awsSide: 'AWS stores and evaluates metrics, logs and dashboards.',
    types: [
      { type: 'AWS::Logs::MetricFilter', reason: 'it derives a metric from a log group', dutiesAt: 'the log group (logs-* duties)' },
      {
        type: 'AWS::Logs::SubscriptionFilter',
        reason: 'it streams a log group to a destination',
        dutiesAt: 'the log group (logs-* duties) and the destination (kinesis-*, firehose-*, lambda-* duties)',
      },
      { type: 'AWS::Logs::LogStream', reason: 'a sequence of events within a log group', dutiesAt: 'the log group (logs-* duties)' },
      {
        type: 'AWS::CloudWatch::Dashboard',
        reason: 'a view of metrics',
        dutiesAt: "nothing to configure; the metrics' sources carry the duties",
      },
    ],
  },
  {
    service: 'AWS Secrets Manager',
    serviceModel: 'abstracted',
    awsSide: 'AWS encrypts secrets with KMS and runs rotation with the function the customer names.',
    types: [
      {
        type: 'AWS::SecretsManager::SecretTargetAttachment',
        reason: 'it records which database a secret belongs to',
        dutiesAt: 'the secret (secretsmanager-* duties) and the database (rds-*, docdb-*, redshift-* duties)',
      },
      {
        type: 'AWS::SecretsManager::RotationSchedule',
        reason: 'it is the evidence of a duty, not its subject',
        dutiesAt: 'secretsmanager-secret-rotation-enabled and secretsmanager-secret-rotation-within-90-days read it on the secret',
      },
    ],
  },
  {
    service: 'Amazon RDS and related databases',
    serviceModel: 'container',
    awsSide: 'AWS operates the database hosts, storage and engine patching within the windows the customer sets.',
    types: [
      {
        type: 'AWS::RDS::DBSubnetGroup',
        reason: 'the subnets a database is placed in',
        dutiesAt: 'the instance or cluster (rds-instance-not-publicly-accessible and the rds-* duties)',
      },
      { type: 'AWS::RDS::OptionGroup', reason: 'engine options of an instance', dutiesAt: 'the instance (rds-instance-* duties)' },
      { type: 'AWS::DocDB::DBSubnetGroup', reason: 'the subnets a cluster is placed in', dutiesAt: 'the cluster (docdb-cluster-* duties)' },
      {
        type: 'AWS::DocDB::DBInstance',
        reason: 'a compute node of a cluster; encryption, TLS, logs and backups are cluster settings',
        dutiesAt: 'the cluster (docdb-cluster-* duties)',
      },
      {
        type: 'AWS::Neptune::DBSubnetGroup',
        reason: 'the subnets a cluster is placed in',
        dutiesAt: 'the cluster (neptune-cluster-* duties)',
      },
      {
        type: 'AWS::Neptune::DBInstance',
        reason: 'a compute node of a cluster; encryption, logs and backups are cluster settings',
        dutiesAt: 'the cluster (neptune-cluster-* duties)',
      },
      { type: 'AWS::ElastiCache::SubnetGroup', reason: 'the subnets a cache is placed in', dutiesAt: 'the cache (elasticache-* duties)' },
      {
        type: 'AWS::Redshift::ClusterSubnetGroup',
        reason: 'the subnets a cluster is placed in',
        dutiesAt: 'the cluster (redshift-cluster-* duties)',
      },
    ],
  },
  {
    service: 'AWS Key Management Service',
    serviceModel: 'abstracted',
    awsSide: 'AWS protects key material in HSMs and enforces key policies.',
    types: [{ type: 'AWS::KMS::Alias', reason: 'a name for a key', dutiesAt: 'the key (kms-* duties)' }],
  },
  {
    service: 'Amazon CloudFront',
    serviceModel: 'abstracted',
    awsSide: 'AWS operates the edge network and terminates viewer TLS with the policy the distribution names.',
    types: [
      {
        type: 'AWS::CloudFront::OriginAccessControl',
        reason: 'how a distribution signs its requests to an origin',
        dutiesAt: 'the distribution (cloudfront-distribution-s3-origin-oac) and the bucket policy (s3-* duties)',
      },
      {
        type: 'AWS::CloudFront::CloudFrontOriginAccessIdentity',
        reason: 'the legacy identity a distribution uses toward an S3 origin',
        dutiesAt: 'the distribution (cloudfront-distribution-s3-origin-oac) and the bucket policy (s3-* duties)',
      },
      {
        type: 'AWS::CloudFront::Function',
        reason: 'code run at the edge on viewer requests',
        dutiesAt: 'the distribution (cloudfront-distribution-* duties)',
      },
      {
        type: 'AWS::CloudFront::CachePolicy',
        reason: 'what the cache keys on',
        dutiesAt: 'the distribution (cloudfront-distribution-* duties)',
      },
      {
        type: 'AWS::CloudFront::OriginRequestPolicy',
        reason: 'what is forwarded to the origin',
        dutiesAt: 'the distribution (cloudfront-distribution-* duties)',
      },
      {
        type: 'AWS::CloudFront::ResponseHeadersPolicy',
        reason: 'headers added to responses',
        dutiesAt: 'the distribution (cloudfront-distribution-* duties)',
      },
    ],
  },
  {
    service: 'Amazon Route 53',
    serviceModel: 'abstracted',
    awsSide: 'AWS operates the DNS service and answers queries with the records the customer writes.',
    types: [
      {
        type: 'AWS::Route53::RecordSet',
        reason: 'a DNS name; what it points at carries the duties',
        dutiesAt: 'the target resource (its own duties)',
      },
      {
        type: 'AWS::Route53::RecordSetGroup',
        reason: 'DNS names; what they point at carries the duties',
        dutiesAt: 'the target resources (their own duties)',
      },
    ],
  },
  {
    service: 'AWS Systems Manager',
    serviceModel: 'abstracted',
    awsSide: 'AWS runs the documents the customer associates with managed instances.',
    types: [
      {
        type: 'AWS::SSM::Association',
        reason: 'it applies a document to instances',
        dutiesAt: 'the document (ssm-document-* duties) and the instances (ec2-instance-* duties)',
      },
    ],
  },
  {
    service: 'AWS Glue',
    serviceModel: 'abstracted',
    awsSide: "AWS stores Data Catalog metadata and encrypts it as the account's Data Catalog settings say.",
    types: [
      {
        type: 'AWS::Glue::Database',
        reason: 'a namespace in the Data Catalog; catalog encryption is one setting per account and Region',
        dutiesAt: "the Data Catalog encryption settings (AWS::Glue::DataCatalogEncryptionSettings) and the data's store (s3-* duties)",
        source: 'https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html',
      },
      {
        type: 'AWS::Glue::Table',
        reason: 'metadata in the Data Catalog; catalog encryption is one setting per account and Region',
        dutiesAt: "the Data Catalog encryption settings (AWS::Glue::DataCatalogEncryptionSettings) and the data's store (s3-* duties)",
        source: 'https://docs.aws.amazon.com/glue/latest/dg/encrypt-glue-data-catalog.html',
      },
      {
        type: 'AWS::Glue::SecurityConfiguration',
        reason: 'encryption settings that protect nothing until a job or crawler names them',
        dutiesAt: 'the jobs that name it (glue-job-* duties)',
      },
    ],
  },
  {
    service: 'Amazon EMR',
    serviceModel: 'container',
    awsSide: "AWS runs the cluster's instances and applies the cluster's security configuration to every node it adds.",
    types: [
      {
        type: 'AWS::EMR::InstanceGroupConfig',
        reason: "more nodes for a cluster: they run with the cluster's security configuration, subnet and roles",
        dutiesAt: 'the cluster it joins (emr-cluster-* duties) and its security configuration (emr-security-configuration-* duties)',
      },
      {
        type: 'AWS::EMR::InstanceFleetConfig',
        reason: "more nodes for a cluster: they run with the cluster's security configuration, subnet and roles",
        dutiesAt: 'the cluster it joins (emr-cluster-* duties) and its security configuration (emr-security-configuration-* duties)',
      },
      {
        type: 'AWS::EMR::Step',
        reason: "a job submitted to a running cluster: it runs with the cluster's security configuration and roles",
        dutiesAt: 'the cluster it runs on (emr-cluster-* duties)',
      },
    ],
  },
  {
    service: 'AWS CodePipeline',
    serviceModel: 'abstracted',
    awsSide: "AWS runs the pipeline's stages and stores artifacts in the bucket the pipeline names.",
    types: [
      {
        type: 'AWS::CodePipeline::Pipeline',
        reason: 'it orchestrates actions; artifacts are stored in an S3 bucket and each action runs with a role',
        dutiesAt:
          'the artifact bucket and its key (s3-*, kms-* duties), the roles (iam-* duties) and the build projects (codebuild-* duties)',
      },
    ],
  },
  {
    service: 'Auto Scaling and Amazon ECS capacity',
    serviceModel: 'infrastructure',
    awsSide: 'AWS adds and removes capacity as the scaling settings say.',
    types: [
      {
        type: 'AWS::AutoScaling::LifecycleHook',
        reason: 'a pause in scaling for custom actions',
        dutiesAt: 'the group (autoscaling-group-* duties)',
      },
      { type: 'AWS::AutoScaling::ScalingPolicy', reason: 'when to scale', dutiesAt: 'the group (autoscaling-group-* duties)' },
      { type: 'AWS::AutoScaling::ScheduledAction', reason: 'when to scale', dutiesAt: 'the group (autoscaling-group-* duties)' },
      {
        type: 'AWS::ApplicationAutoScaling::ScalableTarget',
        reason: 'what may scale and within which bounds',
        dutiesAt: 'the scaled resource (its own duties)',
      },
      { type: 'AWS::ApplicationAutoScaling::ScalingPolicy', reason: 'when to scale', dutiesAt: 'the scaled resource (its own duties)' },
      {
        type: 'AWS::ECS::CapacityProvider',
        reason: 'structural: links a cluster to an Auto Scaling group',
        dutiesAt: 'the group (autoscaling-group-* duties) and the cluster (ecs-cluster-* duties)',
      },
      {
        type: 'AWS::ECS::ClusterCapacityProviderAssociations',
        reason: 'structural: the capacity providers of a cluster',
        dutiesAt: 'the cluster (ecs-cluster-* duties)',
      },
    ],
  },
  {
    service: 'AWS Cloud Map',
    serviceModel: 'abstracted',
    awsSide: 'AWS operates the service registry and its DNS namespaces.',
    types: [
      {
        type: 'AWS::ServiceDiscovery::PrivateDnsNamespace',
        reason: 'structural: a DNS namespace inside the VPC',
        dutiesAt: 'the services registered in it (ecs-service-* duties)',
      },
      {
        type: 'AWS::ServiceDiscovery::Service',
        reason: 'structural: a name services register under',
        dutiesAt: 'the services registered in it (ecs-service-* duties)',
      },
    ],
  },
  {
    service: 'Amazon Cognito',
    serviceModel: 'abstracted',
    awsSide: 'AWS operates the user directory, hosted sign-in and token issuance.',
    types: [
      {
        type: 'AWS::Cognito::UserPoolClient',
        reason: 'an app that signs users in against the pool',
        dutiesAt: 'the user pool (cognito-user-pool-* duties)',
      },
      {
        type: 'AWS::Cognito::UserPoolDomain',
        reason: 'the domain of the hosted sign-in pages',
        dutiesAt: 'the user pool (cognito-user-pool-* duties)',
      },
      {
        type: 'AWS::Cognito::UserPoolGroup',
        reason: 'a group of users, optionally with a role',
        dutiesAt: 'the user pool (cognito-user-pool-* duties) and the role (iam-* duties)',
      },
      {
        type: 'AWS::Cognito::UserPoolResourceServer',
        reason: 'OAuth scopes of an API',
        dutiesAt: 'the user pool (cognito-user-pool-* duties)',
      },
      {
        type: 'AWS::Cognito::IdentityPoolRoleAttachment',
        reason: 'the roles identities of a pool receive',
        dutiesAt: 'the identity pool (cognito-identity-pool-no-unauthenticated-identities) and the roles (iam-* duties)',
      },
    ],
  },
  {
    service: 'AWS AppSync',
    serviceModel: 'abstracted',
    awsSide: 'AWS operates the GraphQL endpoint and resolves fields with the data sources the customer attaches.',
    types: [
      { type: 'AWS::AppSync::GraphQLSchema', reason: 'the schema of an API', dutiesAt: 'the API (AWS::AppSync::GraphQLApi)' },
      {
        type: 'AWS::AppSync::Resolver',
        reason: 'how a field is resolved',
        dutiesAt: 'the API (AWS::AppSync::GraphQLApi) and the data source',
      },
      {
        type: 'AWS::AppSync::FunctionConfiguration',
        reason: 'a step of a pipeline resolver',
        dutiesAt: 'the API (AWS::AppSync::GraphQLApi)',
      },
      {
        type: 'AWS::AppSync::DataSource',
        reason: 'the store or function a resolver calls, with the role it passes',
        dutiesAt: 'the store or function (its own duties) and the role (iam-* duties)',
      },
      {
        type: 'AWS::AppSync::ApiKey',
        reason: 'a key for the API key authorization mode',
        dutiesAt: "the API's authorization (AWS::AppSync::GraphQLApi)",
      },
      { type: 'AWS::AppSync::DomainName', reason: 'a custom domain of an API', dutiesAt: 'the API (AWS::AppSync::GraphQLApi)' },
      {
        type: 'AWS::AppSync::DomainNameApiAssociation',
        reason: 'binds a custom domain to an API',
        dutiesAt: 'the API (AWS::AppSync::GraphQLApi)',
      },
    ],
  },
  {
    service: 'AWS CloudFormation',
    serviceModel: 'abstracted',
    awsSide: 'AWS creates, updates and deletes the resources of the stacks.',
    types: [
      {
        type: 'AWS::CloudFormation::Stack',
        reason: 'a nested stack; its resources are defined in its own template',
        dutiesAt:
          'the resources of a CDK nested stack, checked where they are defined; a template given only by URL is not part of the app and must be checked on its own',
      },
      { type: 'AWS::CloudFormation::WaitCondition', reason: 'structural: deployment ordering', dutiesAt: 'nothing to configure' },
      { type: 'AWS::CloudFormation::WaitConditionHandle', reason: 'structural: deployment ordering', dutiesAt: 'nothing to configure' },
      {
        type: 'AWS::Serverless::Application',
        reason: 'it deploys an application from the Serverless Application Repository as a nested stack whose template is not in this app',
        dutiesAt: "the nested application's own template, reviewed or checked on its own",
        source: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-resource-application.html',
      },
    ],
  },
  {
    service: 'AWS CDK custom resources',
    serviceModel: 'abstracted',
    awsSide: "CloudFormation invokes the handler CDK deployed for the resource; CDK writes and maintains the handler's code.",
    types: [
      {
        type: 'Custom::VpcRestrictDefaultSG',
        reason: "CDK's handler that removes the default security group's rules (restrictDefaultSecurityGroup)",
        ...CDK_HELPER,
      },
      { type: 'Custom::LogRetention', reason: "CDK's handler that sets a log group's retention", ...CDK_HELPER },
      { type: 'Custom::CDKBucketDeployment', reason: "CDK's handler that copies assets into a bucket (BucketDeployment)", ...CDK_HELPER },
      { type: 'Custom::S3AutoDeleteObjects', reason: "CDK's handler that empties a bucket on deletion (autoDeleteObjects)", ...CDK_HELPER },
      { type: 'Custom::S3BucketNotifications', reason: "CDK's handler that writes a bucket's notification configuration", ...CDK_HELPER },
      { type: 'Custom::ECRAutoDeleteImages', reason: "CDK's handler that empties a repository on deletion (emptyOnDelete)", ...CDK_HELPER },
      { type: 'Custom::AWSCDKCfnJson', reason: "CDK's handler that renders a value as JSON (CfnJson)", ...CDK_HELPER },
      { type: 'Custom::AWSCDKCfnJsonStringify', reason: "CDK's handler that renders a value as a JSON string", ...CDK_HELPER },
      {
        type: 'Custom::CrossRegionExportWriter',
        reason: "CDK's handler that shares values between Regions (crossRegionReferences)",
        ...CDK_HELPER,
      },
      {
        type: 'Custom::CrossRegionExportReader',
        reason: "CDK's handler that shares values between Regions (crossRegionReferences)",
        ...CDK_HELPER,
      },
      { type: 'Custom::AWSCDKOpenIdConnectProvider', reason: "CDK's handler that creates an IAM OIDC provider", ...CDK_HELPER },
      { type: 'Custom::AWSCDK-EKS-Cluster', reason: "CDK's handler that creates an EKS cluster (aws-eks)", ...CDK_HELPER },
      { type: 'Custom::AWSCDK-EKS-KubernetesResource', reason: "CDK's handler that applies Kubernetes manifests", ...CDK_HELPER },
      { type: 'Custom::AWSCDK-EKS-KubernetesPatch', reason: "CDK's handler that patches Kubernetes resources", ...CDK_HELPER },
      { type: 'Custom::AWSCDK-EKS-KubernetesObjectValue', reason: "CDK's handler that reads a Kubernetes object", ...CDK_HELPER },
      { type: 'Custom::AWSCDK-EKS-HelmChart', reason: "CDK's handler that installs a Helm chart", ...CDK_HELPER },
      { type: 'Custom::AWSCDK-EKS-FargateProfile', reason: "CDK's handler that creates an EKS Fargate profile", ...CDK_HELPER },
      { type: 'Custom::DeleteExistingRecordSet', reason: "CDK's handler that replaces a Route 53 record", ...CDK_HELPER },
      {
        type: 'Custom::CrossAccountZoneDelegation',
        reason: "CDK's handler that delegates a Route 53 zone to another account",
        ...CDK_HELPER,
      },
      {
        type: 'Custom::CloudwatchLogResourcePolicy',
        reason: "CDK's handler that writes a CloudWatch Logs resource policy for a service to deliver logs",
        ...CDK_HELPER,
      },
      { type: 'Custom::DynamoDBReplica', reason: "CDK's handler that adds a replica to a legacy global table", ...CDK_HELPER },
      {
        type: 'Custom::OpenSearchAccessPolicy',
        reason: "CDK's handler that applies an OpenSearch domain's access policy after the domain exists",
        dutiesAt: 'the domain (opensearch-domain-access-policy-not-public reads it there)',
        source: CDK_HELPER.source,
      },
      {
        type: 'Custom::AWS',
        reason: "CDK's handler that makes the AWS SDK call the app names (AwsCustomResource)",
        dutiesAt:
          "the handler's role, which holds the permissions of the call (iam-* duties); what the call changes is not visible in the template",
        source: 'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.custom_resources.AwsCustomResource.html',
      },
    ],
  },
];

export const resourceTypes: readonly ResourceTypeInfo[] = groups.flatMap((g) =>
  g.types.map((e) => ({
    type: e.type,
    service: g.service,
    serviceModel: g.serviceModel,
    awsSide: g.awsSide,
    source: e.source ?? referencePage(e.type),
    noDutyOfItsOwn: { reason: e.reason, dutiesAt: e.dutiesAt },
  })),
);

import type { Duty } from '../../lib/model/duty';
import type { ResourceTypeInfo } from '../../lib/model/resource-type';
import elbClassicAccessLogs from './elb-classic-access-logs';
import elbClassicAcmCertificate from './elb-classic-acm-certificate';
import elbClassicConnectionDraining from './elb-classic-connection-draining';
import elbClassicCrossZone from './elb-classic-cross-zone';
import elbClassicListenerTls from './elb-classic-listener-tls';
import elbClassicMultiAz from './elb-classic-multi-az';
import elbClassicTlsPolicy from './elb-classic-tls-policy';
import elbv2AlbDesyncMitigation from './elbv2-alb-desync-mitigation';
import elbv2AlbDropInvalidHeaders from './elbv2-alb-drop-invalid-headers';
import elbv2AlbWaf from './elbv2-alb-waf';
import elbv2ListenerHttpRedirect from './elbv2-listener-http-redirect';
import elbv2ListenerTlsPolicy from './elbv2-listener-tls-policy';
import elbv2LoadBalancerAccessLogs from './elbv2-load-balancer-access-logs';
import elbv2LoadBalancerDeletionProtection from './elbv2-load-balancer-deletion-protection';
import elbv2LoadBalancerMultiAz from './elbv2-load-balancer-multi-az';

/** Elastic Load Balancing duties, sorted by id. */
export const duties: readonly Duty[] = [
  elbClassicAccessLogs,
  elbClassicAcmCertificate,
  elbClassicConnectionDraining,
  elbClassicCrossZone,
  elbClassicListenerTls,
  elbClassicMultiAz,
  elbClassicTlsPolicy,
  elbv2AlbDesyncMitigation,
  elbv2AlbDropInvalidHeaders,
  elbv2AlbWaf,
  elbv2ListenerHttpRedirect,
  elbv2ListenerTlsPolicy,
  elbv2LoadBalancerAccessLogs,
  elbv2LoadBalancerDeletionProtection,
  elbv2LoadBalancerMultiAz,
];

export const resourceTypes: readonly ResourceTypeInfo[] = [
  {
    type: 'AWS::ElasticLoadBalancing::LoadBalancer',
    service: 'Elastic Load Balancing (Classic)',
    serviceModel: 'abstracted',
    awsSide:
      "AWS operates, scales and patches the load balancer nodes in the enabled Availability Zones and terminates TLS with the customer's certificate and policy; listeners, certificates, policies, zones and logging are the customer's configuration.",
    source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/security.html',
  },
  {
    type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    service: 'Elastic Load Balancing',
    serviceModel: 'abstracted',
    awsSide:
      "AWS operates, scales and patches the load balancer nodes in the subnets the customer enables and protects them with Shield Standard; attributes, subnets, security groups and associated web ACLs are the customer's configuration.",
    source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/security.html',
  },
  {
    type: 'AWS::ElasticLoadBalancingV2::Listener',
    service: 'Elastic Load Balancing',
    serviceModel: 'abstracted',
    awsSide:
      "AWS runs the listener and terminates TLS with the certificate and security policy the customer chooses; protocol, actions and policy are the customer's.",
    source: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-listeners.html',
  },
];

import { defineDuty } from '../../lib/model/duty';
import { configured, unconfigured } from '../../lib/model/verdict';
import { APIGW_CONTROLS_SOURCE, STAGE_SOURCE } from './helpers';

export default defineDuty({
  id: 'apigateway-stage-client-certificate',
  title: 'API Gateway REST API stage presents a client certificate to its HTTP backends',
  category: 'identity-and-access',
  resourceTypes: ['AWS::ApiGateway::Stage'],
  awsSide:
    "API Gateway generates client certificates and presents the stage's certificate on HTTP and HTTP_PROXY integration calls, so the backend can verify that a request really comes from API Gateway; a stage has none by default.",
  customerSide:
    "Authenticating API Gateway to the backend is the customer's: without a client certificate (verified by the backend), anyone who finds a public HTTP backend can call it directly and bypass the API. Stages that only integrate with AWS services or Lambda can ignore this advice.",
  severity: 'info',
  remediation: {
    l2: 'new apigateway.RestApi(this, id, { deployOptions: { clientCertificateId: new apigateway.CfnClientCertificate(this, "Cert").ref } })',
    l1: 'ClientCertificateId: { Ref: <AWS::ApiGateway::ClientCertificate> }',
  },
  controls: {
    fsbp: ['APIGateway.2'],
    nist: ['AC-17(2)', 'AC-4', 'IA-5(1)', 'SC-12(3)', 'SC-13', 'SC-23', 'SC-7(4)', 'SC-8', 'SC-8(1)', 'SC-8(2)', 'SI-7(6)'],
  },
  sources: [
    `${APIGW_CONTROLS_SOURCE}#apigateway-2`,
    STAGE_SOURCE,
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/getting-started-client-side-ssl-authentication.html',
  ],
  messages: {
    none: 'The stage has no ClientCertificateId, so HTTP backends cannot verify that requests come from API Gateway.',
  },
  evaluate(ctx) {
    if (ctx.props.at('ClientCertificateId').isSet()) return configured('ClientCertificateId is set');
    return unconfigured('none');
  },
});

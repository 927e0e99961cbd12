import { App, CfnParameter, Stack, Tags } from 'aws-cdk-lib';
import * as apigatewayv2 from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpUrlIntegration, WebSocketMockIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { check } from '../../adversarial/support';
import { dutyCases } from '../../harness';

const integration = () => new HttpUrlIntegration('Backend', 'https://example.com');

dutyCases('apigatewayv2-route-authorization', [
  {
    name: 'the L2 HTTP route uses an IAM authorizer',
    build: (stack) =>
      new apigatewayv2.HttpApi(stack, 'Http').addRoutes({
        path: '/items',
        methods: [apigatewayv2.HttpMethod.GET],
        integration: integration(),
        authorizer: new HttpIamAuthorizer(),
      }),
    path: 'Http/GET--items',
    expect: 'configured',
  },
  {
    name: 'the L2 HTTP route has no authorizer',
    build: (stack) =>
      new apigatewayv2.HttpApi(stack, 'Http').addRoutes({
        path: '/items',
        methods: [apigatewayv2.HttpMethod.GET],
        integration: integration(),
      }),
    path: 'Http/GET--items',
    expect: 'unconfigured',
  },
  {
    name: 'the HTTP API sets a default authorizer',
    build: (stack) =>
      new apigatewayv2.HttpApi(stack, 'Http', { defaultAuthorizer: new HttpIamAuthorizer() }).addRoutes({
        path: '/items',
        methods: [apigatewayv2.HttpMethod.POST],
        integration: integration(),
      }),
    path: 'Http/POST--items',
    expect: 'configured',
  },
  {
    name: 'an escape hatch sets AWS_IAM',
    build: (stack) => {
      const [route] = new apigatewayv2.HttpApi(stack, 'Http').addRoutes({
        path: '/items',
        methods: [apigatewayv2.HttpMethod.GET],
        integration: integration(),
      });
      (route.node.defaultChild as apigatewayv2.CfnRoute).addPropertyOverride('AuthorizationType', 'AWS_IAM');
    },
    path: 'Http/GET--items',
    expect: 'configured',
  },
  {
    name: 'the route is a WebSocket message route (authorization happens on $connect)',
    build: (stack) =>
      new apigatewayv2.WebSocketApi(stack, 'Ws', { defaultRouteOptions: { integration: new WebSocketMockIntegration('Mock') } }),
    path: 'Ws/$default-Route',
    expect: 'not-applicable',
  },
  {
    name: 'the authorization type is a parameter',
    build: (stack) => {
      const [route] = new apigatewayv2.HttpApi(stack, 'Http').addRoutes({
        path: '/items',
        methods: [apigatewayv2.HttpMethod.GET],
        integration: integration(),
      });
      (route.node.defaultChild as apigatewayv2.CfnRoute).addPropertyOverride(
        'AuthorizationType',
        new CfnParameter(stack, 'Auth').valueAsString,
      );
    },
    path: 'Http/GET--items',
    expect: 'unknown',
  },
]);

describe('apigatewayv2-route-authorization severity', () => {
  const openRoute = (tag?: string) => {
    const app = new App();
    const stack = new Stack(app, 'S');
    const api = new apigatewayv2.HttpApi(stack, 'Http');
    if (tag) Tags.of(api).add('DataClassification', tag);
    api.addRoutes({ path: '/items', methods: [apigatewayv2.HttpMethod.GET], integration: integration() });
    const { results } = check(app);
    return results.resources
      .find((r) => r.path === 'S/Http/GET--items')!
      .duties.find((d) => d.dutyId === 'apigatewayv2-route-authorization')!;
  };

  it('reports an open route as a warning, like its REST equivalent', () => {
    expect(openRoute()).toMatchObject({ outcome: 'unconfigured', severity: 'warning' });
    expect(openRoute('internal')).toMatchObject({ outcome: 'unconfigured', severity: 'warning' });
  });

  it('fails with an error when the API is classified sensitive, naming the tag', () => {
    expect(openRoute('confidential')).toMatchObject({
      outcome: 'unconfigured',
      severity: 'error',
      escalated: 'DataClassification=confidential on the API',
    });
  });
});

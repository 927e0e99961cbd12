import { defineDuty } from '../../lib/model/duty';
import { configured, notApplicable, unconfigured } from '../../lib/model/verdict';
import { APIGW_CONTROLS_SOURCE, describeMethod, isStageWide, METHOD_SETTING_SOURCE, methodSettings } from './helpers';

export default defineDuty({
  id: 'apigateway-stage-cache-encrypted',
  title: 'API Gateway REST API stage encrypts its response cache',
  category: 'data-protection',
  resourceTypes: ['AWS::ApiGateway::Stage'],
  awsSide:
    "API Gateway runs the stage's cache cluster; it encrypts cached responses at rest only for methods whose CacheDataEncrypted is true, and the default is false.",
  customerSide:
    "Protecting cached API responses is the customer's: every method that caches must set CacheDataEncrypted, or responses, which may hold personal or business data, are stored unencrypted.",
  severity: 'warning',
  remediation: {
    l2: 'new apigateway.RestApi(this, id, { deployOptions: { cachingEnabled: true, cacheDataEncrypted: true } }) (and cacheDataEncrypted: true in every methodOptions entry that caches)',
    l1: 'MethodSettings[]: CacheDataEncrypted: true wherever CachingEnabled is true',
  },
  controls: { fsbp: ['APIGateway.5'], nist: ['CA-9(1)', 'CM-3(6)', 'SC-13', 'SC-28', 'SC-28(1)', 'SC-7(10)', 'SI-7(6)'] },
  sources: [
    `${APIGW_CONTROLS_SOURCE}#apigateway-5`,
    METHOD_SETTING_SOURCE,
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html',
  ],
  messages: {
    unencrypted: 'The method setting {method} caches responses with CacheDataEncrypted {value}.',
  },
  evaluate(ctx) {
    const settings = methodSettings(ctx.props);
    const stageWide = settings.filter(isStageWide).pop();
    const inherited = {
      caching: stageWide?.value.at('CachingEnabled').bool() ?? false,
      encrypted: stageWide?.value.at('CacheDataEncrypted').bool() ?? false,
    };
    let caching = 0;
    for (const setting of settings) {
      const own = isStageWide(setting);
      if (!(setting.value.at('CachingEnabled').bool() ?? (own ? false : inherited.caching))) continue;
      caching++;
      const encrypted = setting.value.at('CacheDataEncrypted').bool() ?? (own ? false : inherited.encrypted);
      if (!encrypted) {
        const raw = setting.value.at('CacheDataEncrypted').bool();
        return unconfigured('unencrypted', { method: describeMethod(setting), value: raw === undefined ? 'not set (false)' : 'false' });
      }
    }
    if (caching === 0) return notApplicable('no method of the stage caches responses');
    return configured(`all ${caching} caching method setting(s) encrypt cached data`);
  },
});

/**
 * A gapcheck plugin (gapcheck's docs/custom-rules.md): its `name` is the prefix of its rules' ids
 * (`example/vip-account-manager`); `configs` are shareable configs, for `extends: plugin:example/recommended`.
 */
import { vipAccountManager } from './rules/vip-account-manager.js';

export default {
  name: 'example',
  rules: [vipAccountManager],
  configs: {
    recommended: { rules: { 'example/vip-account-manager': 'high' } },
  },
};

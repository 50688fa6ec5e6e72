import { testRule } from '../rule-tester.js';
testRule('unreachable-step');

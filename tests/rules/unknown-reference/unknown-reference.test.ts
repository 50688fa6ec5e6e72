import { testRule } from '../rule-tester.js';
testRule('unknown-reference');

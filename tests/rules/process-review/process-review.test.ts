import { testRule } from '../rule-tester.js';
testRule('process-review');

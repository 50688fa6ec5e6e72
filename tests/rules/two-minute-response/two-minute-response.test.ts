import { testRule } from '../rule-tester.js';
testRule('two-minute-response');

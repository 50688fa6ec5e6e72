import { testRule } from '../rule-tester.js';
testRule('unused-waiver');

import { testRule } from '../rule-tester.js';
testRule('customer-effort');

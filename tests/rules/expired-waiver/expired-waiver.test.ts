import { testRule } from '../rule-tester.js';
testRule('expired-waiver');

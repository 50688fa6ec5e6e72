import { testRule } from '../rule-tester.js';
testRule('escalation-closure');

import { testRule } from '../rule-tester.js';
testRule('issue-reporting');

import { testRule } from '../rule-tester.js';
testRule('empowerment');

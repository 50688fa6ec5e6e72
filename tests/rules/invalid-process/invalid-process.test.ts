import { testRule } from '../rule-tester.js';
testRule('invalid-process');

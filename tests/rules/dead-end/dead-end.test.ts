import { testRule } from '../rule-tester.js';
testRule('dead-end');

import { testRule } from '../rule-tester.js';
testRule('cascade');

import { testRule } from '../rule-tester.js';
testRule('follow-through');

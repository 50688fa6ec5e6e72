import { testRule } from '../rule-tester.js';
testRule('listen-first');

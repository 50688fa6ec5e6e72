import { testRule } from '../rule-tester.js';
testRule('human-touch');

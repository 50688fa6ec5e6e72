import { testRule } from '../rule-tester.js';
testRule('endless-loop');

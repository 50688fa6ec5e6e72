import { testRule } from '../rule-tester.js';
testRule('training-current');

import { testRule } from '../rule-tester.js';
testRule('remedy-path');

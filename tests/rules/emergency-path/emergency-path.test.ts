import { testRule } from '../rule-tester.js';
testRule('emergency-path');

import { testRule } from '../rule-tester.js';
testRule('handoff-chain');

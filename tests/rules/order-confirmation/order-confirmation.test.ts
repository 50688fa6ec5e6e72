import { testRule } from '../rule-tester.js';
testRule('order-confirmation');

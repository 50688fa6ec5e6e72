import { testRule } from '../rule-tester.js';
testRule('unanswered-contact');

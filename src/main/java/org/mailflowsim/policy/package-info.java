/**
 * The decisions nodes make, as pure functions of session facts, envelope and configuration — never sockets.
 * One policy per role ({@link org.mailflowsim.policy.Policies#forNode}); each rule cites its tag from
 * shared/domain.md §13 and returns its reason with the verdict or route, so traces can explain every hop.
 */
package org.mailflowsim.policy;

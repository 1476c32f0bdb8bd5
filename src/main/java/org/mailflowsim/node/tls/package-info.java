/**
 * The lab's private PKI and the STARTTLS plumbing between nodes.
 *
 * <p>{@link org.mailflowsim.node.tls.LabPki} is created once per run and issues one
 * {@link org.mailflowsim.node.tls.NodeIdentity} per node with a certificate. Servers wrap STARTTLS with
 * {@link org.mailflowsim.node.tls.StartTlsSockets#serverCreator}, clients hand Angus
 * {@link org.mailflowsim.node.tls.StartTlsSockets#clientFactory}. Handlers read the client certificate with
 * {@link org.mailflowsim.node.tls.PeerCertificates}; senders check the receiving server's names with
 * {@link org.mailflowsim.node.tls.ServerIdentity}.
 */
package org.mailflowsim.node.tls;

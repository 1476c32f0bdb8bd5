package org.mailflowsim.topology;

/**
 * An on-prem remote mailbox: the on-prem object of a cloud mailbox, routed to {@code routingAddress}
 * ({@code alias@tenant.mail.onmicrosoft.com}, PS-RM: RemoteRoutingAddress).
 */
public record RemoteMailbox(String address, String routingAddress, SourceRef source) {
    public RemoteMailbox {
        address = address.toLowerCase(java.util.Locale.ROOT);
        routingAddress = routingAddress.toLowerCase(java.util.Locale.ROOT);
    }
}

package org.mailflowsim.topology;

/**
 * An Exchange Online mail user: a directory object without a mailbox whose mail is routed to
 * {@code externalAddress} (PS-RM: ExternalEmailAddress / targetAddress). In hybrid, on-prem mailboxes appear
 * in the cloud as mail users whose target is their on-prem address.
 */
public record MailUser(String address, String externalAddress, SourceRef source) {
    public MailUser {
        address = address.toLowerCase(java.util.Locale.ROOT);
        externalAddress = externalAddress.toLowerCase(java.util.Locale.ROOT);
    }
}

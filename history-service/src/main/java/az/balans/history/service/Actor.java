package az.balans.history.service;

import az.balans.platform.security.Roles;

/**
 * Who asks, in the service's terms: the name the token gives (its subject), the role it acts in,
 * and the reason or ticket a member of staff gave (the X-Balans-Reason header), if any.
 */
public record Actor(String name, String role, String reason) {

    /** Staff read other people's records: each such read is written to the audit trail. */
    public boolean staff() {
        return Roles.SUPPORT_AGENT.equals(role) || Roles.SUPPORT_LEAD.equals(role);
    }
}

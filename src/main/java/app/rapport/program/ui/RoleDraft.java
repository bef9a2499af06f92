package app.rapport.program.ui;

import app.rapport.program.EnrolmentRole;
import app.rapport.program.ProfileLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A participant's role and, for a mentor, capacity, as the role form edits them; checked by its binder. */
public final class RoleDraft {

    static final String CAPACITY_MESSAGE = "From " + ProfileLimits.CAPACITY_MIN + " to " + ProfileLimits.CAPACITY_MAX
            + " mentees";

    @NotNull(message = "Choose mentor or mentee")
    private EnrolmentRole role;

    // Checked only while the role is mentor (RoleForm): a mentee has no capacity.
    @NotNull(message = CAPACITY_MESSAGE)
    @Min(value = ProfileLimits.CAPACITY_MIN, message = CAPACITY_MESSAGE)
    @Max(value = ProfileLimits.CAPACITY_MAX, message = CAPACITY_MESSAGE)
    private Integer capacity;

    public RoleDraft() {
    }

    RoleDraft(EnrolmentRole role, Integer capacity) {
        this.role = role;
        this.capacity = capacity;
    }

    public EnrolmentRole getRole() {
        return role;
    }

    public void setRole(EnrolmentRole role) {
        this.role = role;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }
}

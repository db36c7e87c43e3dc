package io.salescrm.org.employee.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.salescrm.org.employee.command.Employee;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the {@code /employees} endpoints. */
public final class EmployeeRequests {

    private EmployeeRequests() {
    }

    /** {@code POST /employees}. */
    public record HireEmployeeRequest(
            @NotBlank @Pattern(regexp = Employee.LOGIN_PATTERN, message = "must be 3-64 characters of a-z, 0-9, '.', '_' and '-'") String login,
            @NotNull @Size(min = 8, max = 72) String password,
            @NotBlank @Size(max = Employee.MAX_NAME_LENGTH) String fullName,
            @NotBlank @Size(max = Employee.MAX_EMAIL_LENGTH) @Pattern(regexp = Employee.EMAIL_PATTERN, message = "must be a well-formed email address") String email,
            @Size(max = Employee.MAX_POSITION_LENGTH) String position,
            @NotBlank @Size(max = 64) String primaryUnitId) {

        /** What an Idempotency-Key is matched against: the request without the password, which is never stored. */
        @JsonIgnore
        public HireEmployeeRequest withoutPassword() {
            return new HireEmployeeRequest(login, null, fullName, email, position, primaryUnitId);
        }

        @Override
        public String toString() {
            return "HireEmployeeRequest[login=" + login + ", password=***, primaryUnitId=" + primaryUnitId + "]";
        }
    }

    /** {@code PUT /employees/{id}/profile}: the whole profile. */
    public record ChangeProfileRequest(
            @NotBlank @Size(max = Employee.MAX_NAME_LENGTH) String fullName,
            @NotBlank @Size(max = Employee.MAX_EMAIL_LENGTH) @Pattern(regexp = Employee.EMAIL_PATTERN, message = "must be a well-formed email address") String email,
            @Size(max = Employee.MAX_POSITION_LENGTH) String position) {
    }

    /** {@code POST /employees/{id}/move} and {@code POST /employees/{id}/units}. */
    public record UnitRequest(@NotBlank @Size(max = 64) String unitId) {
    }

    /** {@code PUT /employees/{id}/password}; {@code currentPassword} may be left out only by an administrator. */
    public record ChangePasswordRequest(
            @Size(max = 72) String currentPassword,
            @NotNull @Size(min = 8, max = 72) String newPassword) {

        @Override
        public String toString() {
            return "ChangePasswordRequest[***]";
        }
    }
}

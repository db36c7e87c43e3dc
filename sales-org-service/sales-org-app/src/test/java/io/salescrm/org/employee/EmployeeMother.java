package io.salescrm.org.employee;

import com.fasterxml.jackson.databind.JsonNode;
import io.salescrm.org.api.employee.EmployeeHiredEvent;
import io.salescrm.org.api.employee.HireEmployeeCommand;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Test data for employees: a valid employee by default, varied one field at a time. */
public final class EmployeeMother {

    private EmployeeMother() {
    }

    public static HireEmployeeCommand hire(String employeeId, String unitId) {
        return new HireEmployeeCommand(employeeId, "ivan.petrov", "Ivan Petrov", "ivan@example.com", "Manager", unitId);
    }

    public static EmployeeHiredEvent hired(String employeeId, String unitId) {
        return new EmployeeHiredEvent(employeeId, "ivan.petrov", "Ivan Petrov", "ivan@example.com", "Manager", unitId);
    }

    public static String uniqueLogin() {
        return "user." + UUID.randomUUID().toString().substring(0, 12);
    }

    /** A JSON body for POST /employees. */
    public static Map<String, Object> hireBody(String login, String password, String unitId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("login", login);
        body.put("password", password);
        body.put("fullName", "Anna Smirnova");
        body.put("email", login + "@example.com");
        body.put("position", "Sales manager");
        body.put("primaryUnitId", unitId);
        return body;
    }

    /** Hires through the API and waits until the read model shows the employee. */
    public static String hireEmployee(TestRestTemplate http, String unitId) {
        ResponseEntity<JsonNode> created = http.postForEntity("/employees", hireBody(uniqueLogin(), "s3cret-pass", unitId), JsonNode.class);
        assertThat(created.getStatusCode()).as(String.valueOf(created.getBody())).isEqualTo(HttpStatus.CREATED);
        String id = created.getBody().get("id").asText();
        awaitEmployee(http, id);
        return id;
    }

    public static void awaitEmployee(TestRestTemplate http, String employeeId) {
        await().atMost(Duration.ofSeconds(20)).until(() ->
                http.getForEntity("/employees/" + employeeId, JsonNode.class).getStatusCode() == HttpStatus.OK);
    }
}

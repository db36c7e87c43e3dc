package io.salescrm.org.role.web;

import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatusCode;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.salescrm.org.role.RoleMother.roleBody;

/** Many requests defining roles of one name at the same moment, as two admins clicking at once would. */
final class RoleNameRace {

    private RoleNameRace() {
    }

    /** @return the status of every request */
    static List<HttpStatusCode> run(TestRestTemplate http, String name, int requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<HttpStatusCode>> answers = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return http.postForEntity("/roles", roleBody(name), JsonNode.class).getStatusCode();
                }));
            }
            start.countDown();
            List<HttpStatusCode> statuses = new ArrayList<>();
            for (Future<HttpStatusCode> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    static long definitionsNamed(JdbcTemplate jdbc, String name) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM role_names WHERE name_key = ?", Long.class, name.toLowerCase());
    }
}

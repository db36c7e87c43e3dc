package io.salescrm.org.access;

import io.salescrm.org.api.role.AccessLevel;
import io.salescrm.org.api.role.Action;
import io.salescrm.org.api.role.EntityType;
import io.salescrm.platform.access.AccessDeniedProblem;
import io.salescrm.platform.access.AccessPolicy;
import io.salescrm.platform.access.CurrentEmployee;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.servlet.HandlerInterceptor;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Who may read and change the organisation itself, by the same role matrix as every other service (DESIGN §4):
 * <ul>
 *   <li>the company directory ({@code /units}, {@code /employees}) is readable by every signed-in employee;</li>
 *   <li>roles, assignments, distribution rules and their outcomes need READ on ORG;</li>
 *   <li>every change to units, employees, roles, distribution rules and signing keys needs WRITE on ORG at level
 *       ALL (the Administrator) — except an employee changing his own password;</li>
 *   <li>targets need READ on TARGET to be read, and WRITE on TARGET at level SUBDEPARTMENTS or above (group heads,
 *       the head of sales, administrators) to be set, revised, split or cancelled.</li>
 * </ul>
 * Sign-in itself ({@code /auth/login}, personal tokens of one's own) is governed by the auth feature.
 */
public class OrgEndpointRights implements HandlerInterceptor {

    private record Rule(Pattern path, boolean write, EntityType entity, Action action, AccessLevel atLeast) {
    }

    private static final Pattern OWN_PASSWORD = Pattern.compile("/employees/([^/]+)/password");

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("/auth/keys(/.*)?"), false, EntityType.ORG, Action.READ, AccessLevel.ALL),
            new Rule(Pattern.compile("/auth/keys(/.*)?"), true, EntityType.ORG, Action.WRITE, AccessLevel.ALL),
            new Rule(Pattern.compile("/(units|employees)(/.*)?"), true, EntityType.ORG, Action.WRITE, AccessLevel.ALL),
            new Rule(Pattern.compile("/(roles|role-assignments|distribution-rules|lead-assignments)(/.*)?"), false,
                    EntityType.ORG, Action.READ, AccessLevel.OWN),
            new Rule(Pattern.compile("/(roles|role-assignments|distribution-rules|lead-assignments)(/.*)?"), true,
                    EntityType.ORG, Action.WRITE, AccessLevel.ALL),
            new Rule(Pattern.compile("/targets(/.*)?"), false, EntityType.TARGET, Action.READ, AccessLevel.OWN),
            new Rule(Pattern.compile("/targets(/.*)?"), true, EntityType.TARGET, Action.WRITE, AccessLevel.SUBDEPARTMENTS));

    private final AccessPolicy policy;
    private final CurrentEmployee current;

    public OrgEndpointRights(AccessPolicy policy, CurrentEmployee current) {
        this.policy = policy;
        this.current = current;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Optional<String> caller = current.idIfSignedIn();
        if (caller.isEmpty()) {
            return true; // public endpoints; everything else was refused by the security chain already
        }
        String path = request.getServletPath();
        boolean write = !List.of("GET", "HEAD", "OPTIONS").contains(request.getMethod());
        if (write && isOwnPassword(path, caller.get())) {
            return true;
        }
        for (Rule rule : RULES) {
            if (rule.write() == write && rule.path().matcher(path).matches()) {
                AccessLevel level = policy.levelFor(caller.get(), rule.entity(), rule.action());
                if (level.ordinal() < rule.atLeast().ordinal()) {
                    throw new AccessDeniedProblem(rule.entity(), rule.action(),
                            "Your roles give " + level + " on " + rule.entity() + " " + rule.action()
                                    + "; this needs " + rule.atLeast() + ".");
                }
                return true;
            }
        }
        return true;
    }

    private static boolean isOwnPassword(String path, String caller) {
        var matcher = OWN_PASSWORD.matcher(path);
        return matcher.matches() && matcher.group(1).equals(caller);
    }
}

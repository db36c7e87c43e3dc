package io.salescrm.org.role.query;

import io.salescrm.org.api.role.RoleSubject;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.mongodb.repository.MongoRepository;

public interface RoleAssignmentRepository extends MongoRepository<RoleAssignmentView, String> {

    Page<RoleAssignmentView> findByRoleIdAndActiveTrue(String roleId, Pageable pageable);

    Page<RoleAssignmentView> findBySubjectTypeAndSubjectIdAndActiveTrue(RoleSubject subjectType, String subjectId, Pageable pageable);
}

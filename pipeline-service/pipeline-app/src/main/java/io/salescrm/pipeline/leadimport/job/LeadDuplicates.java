package io.salescrm.pipeline.leadimport.job;

import io.salescrm.pipeline.api.lead.LeadDetails;
import io.salescrm.pipeline.duplicate.DuplicateFinder;
import io.salescrm.pipeline.duplicate.DuplicateKeys;
import io.salescrm.pipeline.duplicate.PartyKind;
import io.salescrm.pipeline.lead.query.LeadView;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * The import's duplicate lookup: the leads' own duplicate index ({@link DuplicateFinder}: a shared phone in E.164,
 * e-mail, normalised company name), then the leads this import created so far ({@link ImportedLeadKeys}), which
 * the lead read model may not show yet.
 */
@Component
public class LeadDuplicates {

    private final DuplicateFinder finder;
    private final MongoTemplate mongo;

    public LeadDuplicates(DuplicateFinder finder, MongoTemplate mongo) {
        this.finder = finder;
        this.mongo = mongo;
    }

    /** An existing lead the details duplicate, if any. */
    public Optional<String> find(String jobId, LeadDetails details) {
        DuplicateKeys keys = LeadView.keysOf(details);
        if (keys.isEmpty()) {
            return Optional.empty();
        }
        var candidates = finder.find(keys, null, List.of(PartyKind.LEAD));
        if (!candidates.isEmpty()) {
            return Optional.of(candidates.get(0).id());
        }
        List<Criteria> any = new ArrayList<>();
        if (!keys.phoneKeys().isEmpty()) {
            any.add(where("phoneKeys").in(keys.phoneKeys()));
        }
        if (!keys.emailKeys().isEmpty()) {
            any.add(where("emailKeys").in(keys.emailKeys()));
        }
        if (keys.companyNameKey() != null) {
            any.add(where("companyNameKey").is(keys.companyNameKey()));
        }
        if (any.isEmpty()) {
            return Optional.empty();
        }
        Query ownLeads = new Query(new Criteria().andOperator(where("jobId").is(jobId), new Criteria().orOperator(any))).limit(1);
        return Optional.ofNullable(mongo.findOne(ownLeads, ImportedLeadKeys.class)).map(ImportedLeadKeys::leadId);
    }

    /** Records a lead the import just created. */
    public void remember(String jobId, String leadId, LeadDetails details) {
        mongo.save(ImportedLeadKeys.of(jobId, leadId, LeadView.keysOf(details)));
    }

    /** Drops what the job remembered once it has ended. */
    public void forget(String jobId) {
        mongo.remove(new Query(where("jobId").is(jobId)), ImportedLeadKeys.class);
    }
}

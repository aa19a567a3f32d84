// The payout badges live in components/payouts; the staff's payout pages still import
// them from here, with the staff rules of payouts.css.
import '../../money.css';
import './payouts.css';

export { FinalBadge, PayoutBank, PayoutMemberCells, PayoutStatusBadge } from '../../components/payouts/PayoutBadges';

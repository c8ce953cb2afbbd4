import type { AppointmentRequest, AppointmentRequestSnapshot } from '@tailwise/contracts';
import type { AppointmentRequestEntity } from './appointment-request.entity';

/** A request with the names lists show beside it, joined from clinics, the directory, reasons and appointments. */
export interface ListedRequest {
  row: AppointmentRequestEntity;
  clinicName: string;
  /** Null when the client has left the directory. */
  clientName: string | null;
  reasonName: string;
  appointmentDate: string | null;
  appointmentStartTime: string | null;
}

export function toAppointmentRequest(r: ListedRequest): AppointmentRequest {
  const { row } = r;
  return {
    id: row.id,
    clinicId: row.clinicId,
    clinicName: r.clinicName,
    clientId: row.clientId,
    clientName: r.clientName ?? 'Removed client',
    date: row.localDate,
    timeOfDay: row.timeOfDay,
    reasonId: row.reasonId,
    reasonName: r.reasonName,
    message: row.message,
    status: row.status,
    declineMessage: row.declineMessage,
    appointmentId: row.appointmentId,
    appointmentDate: r.appointmentDate,
    appointmentStartTime: r.appointmentStartTime,
    createdAt: row.createdAt.toISOString(),
    answeredAt: row.answeredAt?.toISOString() ?? null,
  };
}

export function toRequestSnapshot(row: AppointmentRequestEntity): AppointmentRequestSnapshot {
  return {
    requestId: row.id,
    organizationId: row.organizationId,
    clinicId: row.clinicId,
    clientId: row.clientId,
    date: row.localDate,
    timeOfDay: row.timeOfDay,
    status: row.status,
    appointmentId: row.appointmentId,
  };
}
